"""Right, differently: a FileField; the form opens the file with Pillow itself (verify() reads it all), checks the format, and the view answers 405 by hand."""
from django.core.files.storage import default_storage
from PIL import Image, UnidentifiedImageError

AVATAR_MAX_BYTES = 64 * 1024


class AvatarForm(forms.Form):
    avatar = forms.FileField()

    def clean_avatar(self):
        avatar = self.cleaned_data["avatar"]
        if avatar.size > AVATAR_MAX_BYTES:
            raise ValidationError("An avatar is at most 64 KB.", code="too_big")
        try:
            with Image.open(avatar) as image:
                image.verify()
                image_format = image.format
        except (UnidentifiedImageError, OSError, SyntaxError):
            raise ValidationError("Upload a valid image.", code="invalid_image") from None
        finally:
            avatar.seek(0)
        if image_format not in {"PNG", "JPEG"}:
            raise ValidationError("Upload a PNG or JPEG image.", code="image_format")
        return avatar


def upload_avatar(request):
    """Store a PNG or JPEG avatar of at most 64 KB: 201 with its stored name, else 400 with the errors."""
    if request.method != "POST":
        return HttpResponse(status=405, headers={"Allow": "POST"})
    form = AvatarForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    avatar = form.cleaned_data["avatar"]
    return JsonResponse({"name": default_storage.save("avatars/" + avatar.name, avatar)}, status=201)
