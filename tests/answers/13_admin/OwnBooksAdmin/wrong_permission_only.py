"""Wrong: a row-level change permission blocks saving, but every editor still sees every book."""
class OwnBooksAdmin(admin.ModelAdmin):
    """Books: each editor sees their own, a superuser sees all."""
    list_display = ["title", "owner"]

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or request.user.is_superuser or obj.owner_id == request.user.pk)
