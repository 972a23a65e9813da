"""Project-wide API pieces: the default permission and an exception handler for bad input."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, permissions


class IsStaffOrReadOnly(permissions.BasePermission):
    """Anyone may read; only staff may write."""

    def has_permission(self, request, view):
        if request.method in permissions.SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated and request.user.is_staff)


def exception_handler(exc, context):
    # Imported here: rest_framework.views imports this module through the settings.
    from rest_framework.serializers import as_serializer_error
    from rest_framework.views import exception_handler as drf_exception_handler

    # Services raise Django's ValidationError; shoppers get a 400 with the reasons.
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    return drf_exception_handler(exc, context)
