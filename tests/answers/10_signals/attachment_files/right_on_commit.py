"""Right, differently: removes the file only once the delete has committed (section 4), by its name, straight from the storage."""
class Attachment(models.Model):
    """A file in a folder: deleted with its folder, and its file removed from storage with it."""
    folder = models.ForeignKey(Folder, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=files, upload_to="attachments/")


def delete_attachment_file(sender, instance, **kwargs):
    """After the delete commits, remove the attachment's file, if it has one."""
    name = instance.file.name
    if name:
        transaction.on_commit(partial(files.delete, name))


post_delete.connect(delete_attachment_file, sender=Attachment, dispatch_uid="attachment_files")
