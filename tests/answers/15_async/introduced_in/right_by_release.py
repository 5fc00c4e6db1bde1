"""Right, written differently: features grouped by release and searched, unknown ones giving None."""
def introduced_in(feature):
    """Return the version that introduced feature, as a string like "4.0", or None if Django has none built in."""
    releases = {
        "3.1": ["async views"],
        "4.0": ["RedisCache"],
        "4.1": ["async ORM"],
        "4.2": ["async streaming", "psycopg 3"],
        "5.0": ["db_default", "GeneratedField", "Signal.asend"],
        "5.1": ["querystring tag"],
        "5.2": ["CompositePrimaryKey"],
        "6.0": ["CSP", "template partials", "tasks"],
        "6.1": ["fetch modes"],
    }
    for version, features in releases.items():
        if feature in features:
            return version
    return None
