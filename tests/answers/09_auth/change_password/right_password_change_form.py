"""Right, differently: Django's PasswordChangeForm checks the old password (and runs the password validators), then update_session_auth_hash() keeps this session."""
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm


def change_password(request):
    """Change the logged-in user's password from POST old/new, keeping this session logged in."""
    new = request.POST.get("new", "")
    form = PasswordChangeForm(request.user, {"old_password": request.POST.get("old", ""), "new_password1": new, "new_password2": new})
    if not form.is_valid():
        return HttpResponse("refused", status=400)
    update_session_auth_hash(request, form.save())
    return HttpResponse("password changed")
