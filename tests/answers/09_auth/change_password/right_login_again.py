"""Right, differently: after saving the new password it calls login() again, which starts a fresh session with the new hash; the other sessions still fail their check."""
from django.contrib.auth import login


def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    user = request.user
    if not user.check_password(request.POST.get("old", "")):
        return HttpResponse("the old password is wrong", status=400)
    user.set_password(request.POST["new"])
    user.save()
    login(request, user)
    return HttpResponse("password changed")
