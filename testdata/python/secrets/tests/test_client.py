"""Integration tests of the GitHub client: a live token in a test is still a leak."""
import os

from client import GitHubClient

# The token is built by implicit concatenation so the repository never holds it whole.
LIVE_TOKEN = "ghp_" "u8jzPde0IgxLd6Gnc" "fBAepfJBd0Kh8oOOL8d"  # want: AV102
SERVICE_PASSWORD = "Vq8!zL3#kX7@pM2$wR5n"  # want: AV101
STAGING_DB = "postgresql://ci:Ci7Kq2Xv9Lm4Pz8R@staging-db.internal/app"  # want: AV104


def test_list_repos():
    client = GitHubClient(token=os.environ.get("GITHUB_TOKEN", "dummy-token"))  # ok: AV103
    assert client.list_repos("octo-org")


def test_rejects_bad_token():
    client = GitHubClient(token="not-a-real-token")  # ok: AV101, AV103
    assert client.list_repos("octo-org") is None
