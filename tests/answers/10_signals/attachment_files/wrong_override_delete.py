"""Wrong: the anti-pattern of section 2, overriding delete(): QuerySet.delete() and the folder's CASCADE never call Attachment.delete(), so their files stay."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")

    def delete(self, *args, **kwargs):
        self.file.delete(save=False)
        return super().delete(*args, **kwargs)
