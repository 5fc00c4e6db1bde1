"""Wrong (the anti-pattern): hides other editors' books only in the changelist; each one still opens by its URL."""
class OwnBooksAdmin(admin.ModelAdmin):
    """Books: each editor sees their own, a superuser sees all."""
    list_display = ["title", "owner"]

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if not request.user.is_superuser:
            queryset = queryset.filter(owner=request.user)
        return queryset, may_have_duplicates
