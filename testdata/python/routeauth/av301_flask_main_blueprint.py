"""The main blueprint of a site, registered without a prefix: its "/" view serves the home page
and takes the form posted on it, so it is the site's public home page."""
from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user, login_required

from .forms import EditProfileForm, PostForm

main = Blueprint("main", __name__)


@main.route("/", methods=["GET", "POST"])  # ok: AV301
def index():
    form = PostForm()
    if current_user.is_authenticated and form.validate_on_submit():
        publish(form.body.data, current_user)
        return redirect(url_for(".index"))
    return render_template("index.html", form=form, posts=recent_posts())


@main.route("/edit-profile", methods=["GET", "POST"])
@login_required
def edit_profile():
    return render_template("edit_profile.html", form=EditProfileForm())


@main.route("/follow/<username>", methods=["POST"])
@login_required
def follow(username):
    current_user.follow(find_user(username))
    return redirect(url_for(".user", username=username))


@main.route("/unfollow/<username>", methods=["POST"])  # want: AV301
def unfollow(username):
    current_user.unfollow(find_user(username))
    flash("You are not following %s anymore." % username)
    return redirect(url_for(".user", username=username))
