from django import forms

from shop.imports.services import FORMAT_AUTO, FORMAT_MERCHANT, FORMAT_SHOPIFY, import_size_error


class ProductImportForm(forms.Form):
    file = forms.FileField(
        help_text="Shopify product CSV (UTF-8), or Merchant Center product data as TSV or XML."
    )
    file_format = forms.ChoiceField(
        label="Format",
        choices=[
            (FORMAT_AUTO, "Detect from the file"),
            (FORMAT_SHOPIFY, "Shopify product CSV"),
            (FORMAT_MERCHANT, "Google Merchant Center (TSV or XML)"),
        ],
        initial=FORMAT_AUTO,
        required=False,
    )
    dry_run = forms.BooleanField(
        label="Dry run",
        required=False,
        help_text="Check the whole file and show what would change, without saving anything.",
    )

    def clean_file_format(self):
        return self.cleaned_data.get("file_format") or FORMAT_AUTO

    def clean_file(self):
        upload = self.cleaned_data["file"]
        size_error = import_size_error(size=upload.size)
        if size_error:
            raise forms.ValidationError(str(size_error)[:1].upper() + str(size_error)[1:] + ".")
        return upload
