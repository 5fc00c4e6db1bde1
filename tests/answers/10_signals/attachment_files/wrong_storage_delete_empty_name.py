"""Wrong: asks the storage to delete the file name without checking it; an attachment with no file has the name "", and FileSystemStorage (and this module's storage) raise ValueError for it."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


@receiver(post_delete, sender=Attachment, dispatch_uid="attachment_files")
def delete_attachment_file(sender, instance, **kwargs):
    """Remove a deleted attachment's file."""
    files.delete(instance.file.name)
