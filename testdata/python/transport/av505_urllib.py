"""AV505 with urllib."""
import urllib.parse
import urllib.request


def fetch(token):
    query = urllib.parse.urlencode({"access_token": token})  # want: AV505
    return urllib.request.urlopen("https://api.example.com/me?" + query)


def post(secret):
    data = urllib.parse.urlencode({"client_secret": secret}).encode()  # ok: AV505 (a POST body)
    return urllib.request.urlopen("https://api.example.com/oauth/token", data=data)


def provisioning_uri(secret, label):
    # An otpauth URI is shown as a QR code and carries its secret by design.
    return "otpauth://totp/{}?{}".format(label, urllib.parse.urlencode({"secret": secret}))  # ok: AV505


def database(password):
    return f"postgresql://db.internal/app?user=app&password={password}"  # ok: AV505 (a connection string)
