"""Partner API: RS256 tokens verified with PyJWT."""
import os

import jwt
from django.http import JsonResponse

PUBLIC_KEY = open(os.environ["PARTNER_PUBLIC_KEY_FILE"]).read()
ALGORITHMS = ["RS256"]


def partner_claims(request):
    token = request.headers["Authorization"].split(" ")[1]
    return jwt.decode(token, PUBLIC_KEY)  # want: AV603


def partner_claims_none(request):
    token = request.headers["Authorization"].split(" ")[1]
    return jwt.decode(token, key=PUBLIC_KEY, algorithms=None, audience="partners")  # want: AV603


def partner_claims_header(request):
    token = request.headers["Authorization"].split(" ")[1]
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, PUBLIC_KEY, algorithms=[header["alg"]])  # want: AV603


def partner_claims_inline(request):
    token = request.headers["Authorization"].split(" ")[1]
    return jwt.decode(token, PUBLIC_KEY, algorithms=jwt.get_unverified_header(token).get("alg"))  # want: AV603


# --- near misses ---------------------------------------------------------------------------


def verified(request):
    token = request.headers["Authorization"].split(" ")[1]
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=ALGORITHMS)  # ok: AV603
    return JsonResponse(claims)


def verified_positional(request):
    token = request.headers["Authorization"].split(" ")[1]
    return jwt.decode(token, PUBLIC_KEY, ["RS256"])  # ok: AV603


def forwarded(token, **options):
    return jwt.decode(token, PUBLIC_KEY, **options)  # ok: AV603 (the caller's options are unknown)


def header_kid(token, keys):
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, keys[header["kid"]], algorithms=["RS256"])  # ok: AV603
