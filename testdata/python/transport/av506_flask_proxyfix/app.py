"""AV506: behind a proxy (ProxyFix), TLS is terminated in front of the app."""
from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
app.wsgi_app = ProxyFix(app.wsgi_app, x_proto=1)


@app.post("/login")
def login():
    return {"ok": bool(request.form.get("password"))}


if __name__ == "__main__":
    app.run(host="0.0.0.0")  # ok: AV506 (flask app behind a proxy)
