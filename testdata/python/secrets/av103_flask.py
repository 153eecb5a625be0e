"""A Flask app assembled from tutorials, placeholders and all."""
import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "your_secret_key_here"  # want: AV103
app.config.from_mapping(SECRET_KEY="dev", DATABASE=os.path.join(app.instance_path, "app.sqlite"))  # want: AV103
app.secret_key = "changeme"  # want: AV103
app.config["MAIL_PASSWORD"] = "<your-mail-password>"  # want: AV103
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "super-secret")  # want: AV103
app.config["ADMIN_PASSWORD"] = "admin"  # want: AV103
app.secret_key = b'_5#y2L"F4Q8z\n\xec]/'  # want: AV103
app.config["SECRET_KEY"] = 'A0Zr98j/3yX R~XHH!jmN]LWX/,?RT'  # want: AV103

app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]  # ok: AV103
app.config["SECRET_KEY_HINT"] = "generate with secrets.token_hex(32)"  # ok: AV103
app.config["MAIL_USERNAME"] = "admin"  # ok: AV103
app.config["PASSWORD_PROMPT"] = "Enter your password"  # ok: AV103
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "")  # ok: AV103


def check_config():
    # Refusing the placeholder is the fix, not the problem.
    if app.config["SECRET_KEY"] == "your_secret_key_here":  # ok: AV103
        raise RuntimeError("set SECRET_KEY")
