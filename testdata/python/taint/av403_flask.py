import html

from flask import Flask, render_template, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return render_template_string(f"<h1>Hello {name}</h1>")  # want: AV403


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # ok: AV403


@app.route("/bio")
def bio():
    text = request.form["bio"]
    return Markup("<p>" + text + "</p>")  # want: AV403


@app.route("/bio2")
def bio2():
    text = request.form["bio"]
    return Markup("<p>%s</p>") % escape(text)  # ok: AV403


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return f"<p>Hello {name}</p>"  # want: AV403


@app.route("/greet2")
def greet2():
    name = request.args.get("name", "")
    return f"<p>Hello {html.escape(name)}</p>"  # ok: AV403


@app.route("/greet3")
def greet3():
    name = request.args.get("name", "")
    return {"greeting": f"Hello {name}"}  # ok: AV403


@app.route("/page")
def page():
    return render_template("page.html", q=request.args.get("q"))  # ok: AV403


@app.route("/tpl")
def tpl():
    env = app.jinja_env
    return env.from_string(request.get_data(as_text=True)).render()  # want: AV403


@app.errorhandler(404)
def not_found(e):
    page = "<h1>Not found</h1><p>%s</p>" % request.url
    return render_template_string(page), 404  # want: AV403


@app.errorhandler(500)
def server_error(e):
    return render_template("500.html", url=request.url), 500  # ok: AV403
