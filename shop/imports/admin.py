class ProductImportExportMixin:
    """Mixed into ProductAdmin: upload an import file, export selected products."""
