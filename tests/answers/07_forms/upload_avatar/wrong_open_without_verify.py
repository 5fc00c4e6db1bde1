"""Wrong: a FileField judged by Image.open(...).format alone; open() reads only the header, so a real PNG header followed by a script is stored as an avatar (ImageField also calls verify())."""
from django.core.files.storage import default_storage
from django.views.decorators.http import require_POST
from PIL import Image, UnidentifiedImageError

AVATAR_MAX_BYTES = 64 * 1024


class AvatarForm(forms.Form):
    avatar = forms.FileField()

    def clean_avatar(self):
        avatar = self.cleaned_data["avatar"]
        if avatar.size > AVATAR_MAX_BYTES:
            raise ValidationError("An avatar is at most 64 KB.", code="too_big")
        try:
            image_format = Image.open(avatar).format
        except UnidentifiedImageError:
            raise ValidationError("Upload a valid image.", code="invalid_image") from None
        finally:
            avatar.seek(0)
        if image_format not in ("PNG", "JPEG"):
            raise ValidationError("Upload a PNG or JPEG image.", code="image_format")
        return avatar


@require_POST
def upload_avatar(request):
    """Store a PNG or JPEG avatar of at most 64 KB: 201 with its stored name, else 400 with the errors."""
    form = AvatarForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    avatar = form.cleaned_data["avatar"]
    return JsonResponse({"name": default_storage.save(f"avatars/{avatar.name}", avatar)}, status=201)
