"""OpenAPI schema generation for the project's thin API views."""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema

_SUFFIXES = ("Serializer", "APIView", "Api", "View", "ViewSet")


def _name_part(part: str) -> str:
    for suffix in _SUFFIXES:
        if part.endswith(suffix) and part != suffix:
            return part[: -len(suffix)]
    return part


class AutoSchema(SpectacularAutoSchema):
    """Nested InputSerializer / OutputSerializer classes are named after the view they serve.

    Each thin API view defines its own ``InputSerializer``; without this, all of them would
    compete for one schema component called "Input".
    """

    def get_serializer_name(self, serializer, direction):
        parts = type(serializer).__qualname__.replace("<locals>.", "").split(".")
        if len(parts) == 1:
            return super().get_serializer_name(serializer, direction)
        return "".join(_name_part(part) for part in parts)
