def health(request):
    return {"ok": True}


def report(request):
    return helpers_report()


def helpers_report():
    return 1
