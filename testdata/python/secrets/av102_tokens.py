"""Provider tokens pasted into an integrations module.

Every token below is random and fake. They are written as implicit concatenations ("ghp_" "…"),
which Python joins into one literal and the analyzer reads as one, so that this file never holds a
whole token-shaped string that secret scanners (GitHub push protection) would block; the JSON Web
Tokens are left whole, as no scanner blocks those.
"""
import os

import boto3
import openai
import stripe
from slack_sdk import WebClient

GITHUB_TOKEN = "ghp_" "u8jzPde0IgxLd6Gnc" "fBAepfJBd0Kh8oOOL8d"  # want: AV102
deploy_token = ("github_pat_" "KLzdocJ2isAjIhKtJ0RlgL_"  # want: AV102
                "KOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vUCsMehGAkWvj7FAc9QeWJK")
GITLAB = "glpat-" "Y40uvSwMFL" "ZDe1f8rESQ"  # want: AV102
slack = WebClient(token="xoxb-" "164703682226-871939451407-" "tPKR0CsTy4Qwb8DwkNhFdnXs")  # want: AV102
stripe.api_key = "sk_" "live_" "iVpzz63FfkCzJr4i0B3JrTAw"  # want: AV102
s3 = boto3.client(
    "s3",
    aws_access_key_id="AKIA" "YOJFLJOOA5LQSAJ0",  # want: AV102
    aws_secret_access_key="VOqg6YYZYn9ZhyiA4uoR" "gnatmUdjAWtGSU8po/79",  # want: AV102
)
maps_key = "AI" "za9NksnRH9ucAUsdMlHUvTCQCyEZDz-TddJ8H"  # want: AV102
MAIL = {"provider": "sendgrid", "key": "SG." "yS5SUkCnD8zRA9a9SkpXz9." "w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc4"}  # want: AV102
openai.api_key = "sk-proj-" "XlMaXZjljENUhJduRHHJEYXg4JdpmrcXgGCJbW56eCuNGMGm"  # want: AV102
ANTHROPIC_API_KEY = "sk-ant-api03-" "SrCGIZEG8pSH4487q7J58m1CiAhzCueQpBenQtYh"  # want: AV102
hf_token = "hf_" "XjTPQxjqiDoVgzFkQokTBGzvAmwufUxbvJ"  # want: AV102
ALERTS_WEBHOOK = "https://hooks.slack.com/services/" "TZJ865UFR/BDL1ERBFQ/" "fM2oeq3hDavJA76rNicHTp8h"  # want: AV102
# Escape sequences hide the prefix from a byte-level search, not from Python: "\x67" is "g".
MIRROR_TOKEN = "\x67hp_" "u8jzPde0IgxLd6Gnc" "fBAepfJBd0Kh8oOOL8d"  # want: AV102
# A token glued to an f-string is still in the source.
STATUS_URL = "https://api.github.com/?access_token=ghp_" "u8jzPde0IgxLd6Gnc" "fBAepfJBd0Kh8oOOL8d" f"&page={os.getpid()}"  # want: AV102
service_jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImlhdCI6MTcxODAwMDAwMCwic2NvcGUiOiJyZXBvcnRzOnJlYWQifQ.RsaZbAoSODeG9P1ELbu_eRF4jTLOFokaktuzDznO7Rg"  # want: AV102
# old reports token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImlhdCI6MTcxODAwMDAwMCwic2NvcGUiOiJyZXBvcnRzOnJlYWQifQ.RsaZbAoSODeG9P1ELbu_eRF4jTLOFokaktuzDznO7Rg  want: AV102


def reports_client():
    """Calls the reports API: curl -H "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtcmVwb3J0cyIsImlhdCI6MTcxODAwMDAwMCwic2NvcGUiOiJyZXBvcnRzOnJlYWQifQ.RsaZbAoSODeG9P1ELbu_eRF4jTLOFokaktuzDznO7Rg" """  # want: AV102
    return os.environ["REPORTS_TOKEN"]


def rotate():
    """Rotates the deploy key; the new one looks like ghp_ followed by 36 characters."""  # ok: AV102
    return os.environ["GITHUB_TOKEN"]  # ok: AV102


# Documentation examples, publishable keys, placeholders and run-time values are not tokens.
AWS_EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # ok: AV102
STRIPE_PUBLISHABLE = "pk_" "live_" "iVpzz63FfkCzJr4i0B3JrTAw"  # ok: AV102
GITHUB_PLACEHOLDER = "ghp_" "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"  # ok: AV102
JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"  # ok: AV102
GITHUB_TOKEN_PREFIX = "ghp_"  # ok: AV102
SLACK_TOKEN = f"xoxb-{os.environ['SLACK_TEAM']}-{os.environ['SLACK_BOT']}"  # ok: AV102
COMMIT = "da39a3ee5e6b4b0d3255bfef95601890afd80709"  # ok: AV102
IMAGE_DIGEST = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # ok: AV102
# Tokens go in GITHUB_TOKEN; never paste one here (they start with ghp_ or github_pat_).  ok: AV102
