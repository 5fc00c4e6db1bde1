"""Puts <int:year>/ before 2003/, the ordering mistake of section 6: the first match wins, so /articles/2003/ goes to
year_archive and special_2003 is never reached."""
article_urls = [
    path("<int:year>/", year_archive, name="year"),
    path("2003/", special_2003, name="special"),
    path("<int:year>/<int:month>/", month_archive, name="month"),
    path("<int:year>/<slug:slug>/", article_detail, name="detail"),
]
