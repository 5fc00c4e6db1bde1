"""Uses the default str converter for year and month: the views get strings, and /articles/abc/ reaches year_archive
instead of being a 404."""
article_urls = [
    path("2003/", special_2003, name="special"),
    path("<year>/", year_archive, name="year"),
    path("<year>/<int:month>/", month_archive, name="month"),
    path("<year>/<slug:slug>/", article_detail, name="detail"),
]
