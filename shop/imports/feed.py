from django.http import HttpResponse


def merchant_feed(request):
    return HttpResponse(status=501)
