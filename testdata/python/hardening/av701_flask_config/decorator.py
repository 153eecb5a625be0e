"""Views opting into CORS with @cross_origin while credentials come from the application's
configuration: flask-cors reads it at each request, with origins defaulting to "*"."""
from flask import Flask, jsonify
from flask_cors import cross_origin

app = Flask(__name__)
app.config.from_mapping({"CORS_SUPPORTS_CREDENTIALS": True})


@app.route("/me")
@cross_origin()  # want: AV701
def me():
    return jsonify(user="me")


@app.route("/orders")
@cross_origin(origins=["https://app.example.com"])  # ok: AV701
def orders():
    return jsonify(orders=[])


@app.route("/public")
@cross_origin(supports_credentials=False)  # ok: AV701
def public():
    return jsonify(ok=True)
