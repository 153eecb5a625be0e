"""AV501 with urllib.request."""
import urllib.request


def fetch(url, user, password):
    req = urllib.request.Request(url)
    req.add_header("Authorization", "Basic %s:%s" % (user, password))  # want: AV501
    return urllib.request.urlopen(req)


def fetch_encoded(url, encoded):
    req = urllib.request.Request(url, headers={"Authorization": "Basic " + encoded})  # ok: AV501
    req.add_header("X-Request-Id", "abc:def")  # ok: AV501
    return urllib.request.urlopen(req)
