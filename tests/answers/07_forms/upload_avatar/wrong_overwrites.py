"""Wrong: writes the file to a fixed path itself, so a second ada.png overwrites the first; the storage's save() would have picked a free name."""
from django.core.files.storage import default_storage
from django.views.decorators.http import require_POST

AVATAR_MAX_BYTES = 64 * 1024


class AvatarForm(forms.Form):
    avatar = forms.ImageField()

    def clean_avatar(self):
        avatar = self.cleaned_data["avatar"]
        if avatar.size > AVATAR_MAX_BYTES:
            raise ValidationError("An avatar is at most 64 KB.", code="too_big")
        if avatar.image.format not in ("PNG", "JPEG"):
            raise ValidationError("Upload a PNG or JPEG image.", code="image_format")
        return avatar


@require_POST
def upload_avatar(request):
    """Store a PNG or JPEG avatar of at most 64 KB: 201 with its stored name, else 400 with the errors."""
    form = AvatarForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    avatar = form.cleaned_data["avatar"]
    name = f"avatars/{avatar.name}"
    default_storage.delete(name)
    return JsonResponse({"name": default_storage.save(name, avatar)}, status=201)
