"""Wrong: assigns the new password to user.password, which stores it in plain text: no hasher can check it, so the new password never logs in."""
from django.contrib.auth import update_session_auth_hash


def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    user = request.user
    if not user.check_password(request.POST.get("old", "")):
        return HttpResponse("the old password is wrong", status=400)
    user.password = request.POST["new"]
    user.save()
    update_session_auth_hash(request, user)
    return HttpResponse("password changed")
