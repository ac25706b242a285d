//! The front page: what RTW Academy is, the programmes it offers, and the way in.

use crate::api::get_courses;
use crate::app::use_auth;
use crate::components::status::ErrorPage;
use crate::i18n::use_i18n;
use crate::wire::CourseCard;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    let t = use_i18n();
    let auth = use_auth();
    let courses = Resource::new(|| (), |_| get_courses());

    let call_to_action = move || {
        Suspend::new(async move {
            let signed_in = matches!(auth.user.await, Ok(Some(_)));
            let first = courses.await.ok().and_then(|c| c.into_iter().next());
            match (signed_in, first) {
                (true, Some(course)) => view! {
                    <A href=format!("/courses/{}", course.id) attr:class="button button-primary" attr:id="go-to-programme">
                        {t.t("home-go-to-programme")}
                    </A>
                }
                .into_any(),
                (true, None) => ().into_any(),
                (false, _) => view! {
                    <A href="/register" attr:class="button button-primary" attr:id="home-register">{t.t("home-register")}</A>
                    <A href="/sign-in" attr:class="button" attr:id="home-sign-in">{t.t("nav-sign-in")}</A>
                }
                .into_any(),
            }
        })
    };

    let course_list = move || {
        Suspend::new(async move {
            match courses.await {
                Ok(list) if list.is_empty() => view! { <p>{t.t("home-no-programmes")}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="card-list" role="list">
                        {list.into_iter().map(|c| view! { <CourseCardView course=c/> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(e) => view! { <ErrorPage error=e/> }.into_any(),
            }
        })
    };

    view! {
        <Title text=t.t("app-name")/>
        <section class="hero">
            <div class="hero-inner">
                <h1>{t.t("home-title")}</h1>
                <p class="lead">{t.t("home-lead")}</p>
                <div class="actions">
                    <Suspense fallback=|| ()>{call_to_action}</Suspense>
                </div>
            </div>
        </section>
        <section class="page">
            <h2>{t.t("home-programmes")}</h2>
            <Suspense fallback=move || view! { <p aria-busy="true">{t.t("loading")}</p> }>{course_list}</Suspense>
        </section>
    }
}

#[component]
fn CourseCardView(course: CourseCard) -> impl IntoView {
    let t = use_i18n();
    let href = format!("/courses/{}", course.id);
    let facts = t.t_with(
        "course-facts",
        &[
            ("modules", course.modules.into()),
            ("lessons", course.lessons.into()),
            ("minutes", course.minutes.into()),
        ],
    );
    view! {
        <li class="card" lang=course.lang.code()>
            <h3><A href=href>{course.title}</A></h3>
            <p>{course.summary}</p>
            <p class="meta">{facts}</p>
        </li>
    }
}
