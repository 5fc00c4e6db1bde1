"""Right: the same filter written with owner_id and an early return for the superuser."""
class OwnBooksAdmin(admin.ModelAdmin):
    """Books: each editor sees their own, a superuser sees all."""
    list_display = ["title", "owner"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset if request.user.is_superuser else queryset.filter(owner_id=request.user.pk)
