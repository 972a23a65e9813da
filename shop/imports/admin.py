"""Import and export in the product admin: an upload page and an export action."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from shop.imports.forms import ProductImportForm
from shop.imports.services import products_export_shopify, products_import

ERRORS_SHOWN = 500


class ProductImportExportMixin:
    """Mixed into ProductAdmin: upload an import file, export selected products."""

    import_template = "admin/shop/product/import.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="{}_{}_import".format(*info)), *super().get_urls()]

    def import_view(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied
        report = None
        if request.method == "POST":
            form = ProductImportForm(request.POST, request.FILES)
            if form.is_valid():
                upload = form.cleaned_data["file"]
                report = products_import(
                    stream=upload,
                    filename=upload.name,
                    file_format=form.cleaned_data["file_format"],
                    dry_run=form.cleaned_data["dry_run"],
                )
        else:
            form = ProductImportForm()
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Import products",
            "form": form,
            "report": report,
            "errors_shown": report.errors[:ERRORS_SHOWN] if report else [],
            "errors_hidden": max(0, len(report.errors) - ERRORS_SHOWN) if report else 0,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.import_template, context)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if actions is not None and self.has_view_permission(request):
            name = "export_selected_as_shopify_csv"
            actions[name] = self.get_action(name)
        return actions

    @admin.action(description="Export selected as Shopify CSV")
    def export_selected_as_shopify_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="products-shopify-{stamp}.csv"'
        products_export_shopify(products=queryset, out=response)
        return response
