"""Wrong: filters the superuser's rows too, so root, who owns no book, sees none."""
class OwnBooksAdmin(admin.ModelAdmin):
    """Books: each editor sees their own, a superuser sees all."""
    list_display = ["title", "owner"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(owner=request.user)
