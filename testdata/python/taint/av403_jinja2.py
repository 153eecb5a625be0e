from flask import Flask, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment(autoescape=True)


@app.post("/render")
def render():
    src = request.json["template"]
    out = Template(src).render()  # want: AV403
    out += env.from_string(src).render()  # want: AV403
    out += env.from_string("Hello {{ name }}").render(name=src)  # ok: AV403
    return out
