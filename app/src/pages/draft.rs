//! `/author/drafts/:draft`: one draft. Its state, what the validator found, what changed since
//! the version it started from, its files, and the workflow's next step (send for review;
//! approve and publish, or send back, by a second author).

use super::SignInFirst;
use crate::api::{
    draft_file_href, get_draft, ApproveDraft, CreateDraftFile, DiscardDraft, RemoveDraftAsset,
    SendBackDraft, SubmitDraft,
};
use crate::components::form::{field_error, FormError, Submit};
use crate::components::status::ErrorPage;
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::wire::{ContentProblem, DiffLine, DraftAsset, DraftState, DraftView, FileDiff};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

/// The workflow's actions, made once for the page, so the draft is read again after each: their
/// redirect leads back to the same address, which the router does not load again.
#[derive(Clone, Copy)]
struct Actions {
    submit: ServerAction<SubmitDraft>,
    approve: ServerAction<ApproveDraft>,
    send_back: ServerAction<SendBackDraft>,
    discard: ServerAction<DiscardDraft>,
    remove_asset: ServerAction<RemoveDraftAsset>,
}

#[component]
pub fn DraftPage() -> impl IntoView {
    let t = use_i18n();
    let params = use_params_map();
    let actions = Actions {
        submit: ServerAction::new(),
        approve: ServerAction::new(),
        send_back: ServerAction::new(),
        discard: ServerAction::new(),
        remove_asset: ServerAction::new(),
    };
    provide_context(actions);
    let draft = Resource::new(
        move || {
            (
                params
                    .read()
                    .get("draft")
                    .and_then(|d| d.parse::<i64>().ok()),
                actions.submit.version().get(),
                actions.approve.version().get(),
                actions.send_back.version().get(),
                actions.remove_asset.version().get(),
            )
        },
        |(id, ..)| async move {
            match id {
                Some(id) => get_draft(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Transition fallback=move || view! { <p class="page" aria-busy="true">{t.t("loading")}</p> }>
            {move || Suspend::new(async move {
                match draft.await {
                    Ok(d) => view! { <Draft d/> }.into_any(),
                    Err(AppError::Unauthenticated) => view! { <SignInFirst/> }.into_any(),
                    Err(e) => view! { <ErrorPage error=e/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Draft(d: DraftView) -> impl IntoView {
    let t = use_i18n();
    let title = t.t_with(
        "author-draft-title",
        &[
            ("id", d.id.into()),
            ("course", d.course_title.clone().into()),
        ],
    );
    let started = t.t_with(
        "author-draft-started",
        &[
            ("version", d.base_version_no.into()),
            ("name", d.created_by.clone().into()),
        ],
    );
    let editors = if d.editors.is_empty() {
        t.t("author-draft-no-editors")
    } else {
        t.t_with(
            "author-draft-editors",
            &[("names", d.editors.join(", ").into())],
        )
    };
    view! {
        <Title text=title.clone()/>
        <article class="page" id="draft" data-state=d.state.as_str()>
            <p><A href="/author">{t.t("author-title")}</A></p>
            <h1>{title}</h1>
            <p class="lead">
                <span class="badge" id="draft-state">{t.t(d.state.key())}</span>
                " " {started} " " {editors}
            </p>
            {d.review_comment.clone().filter(|_| d.state == DraftState::Draft).map(|c| view! {
                <div class="alert alert-info" role="note" id="review-comment">
                    <p><strong>{t.t("author-sent-back")}</strong></p>
                    <p>{c}</p>
                </div>
            })}
            <NextStep d=d.clone()/>
            <Problems draft_id=d.id problems=d.problems.clone()/>
            <Changes diffs=d.diffs.clone()/>
            <section aria-labelledby="files-heading">
                <h2 id="files-heading">{t.t("author-files")}</h2>
                {d.can_edit.then(|| view! { <NewFile draft_id=d.id/> })}
                <ul class="file-list" id="draft-files">
                    {d.files.into_iter().map(|f| {
                        let href = draft_file_href(d.id, &f.path);
                        let label = f.path.clone();
                        view! {
                        <li data-path=f.path.clone()>
                            <A href=href><code>{label}</code></A>
                            {f.changed.then(|| view! { " " <span class="badge">{t.t("author-changed")}</span> })}
                            {(f.problems > 0).then(|| view! { " " <span class="badge badge-bad">{t.t_with("author-problem-count", &[("count", f.problems.into())])}</span> })}
                        </li>
                    }}).collect_view()}
                </ul>
            </section>
            <Assets draft_id=d.id can_edit=d.can_edit assets=d.assets.clone() folders=d.folders.clone()/>
        </article>
    }
}

/// The images and attachments beside the lessons: each with how a lesson uses it, and (while
/// the draft is edited) a form to add one and a button to remove each. The upload is a plain
/// multipart form post, so it works without JavaScript.
#[component]
fn Assets(
    draft_id: i64,
    can_edit: bool,
    assets: Vec<DraftAsset>,
    folders: Vec<String>,
) -> impl IntoView {
    let t = use_i18n();
    let remove = expect_context::<Actions>().remove_asset;
    let query = use_query_map();
    let outcome = move || {
        let q = query.read();
        if let Some(key) = q.get("asset_error").filter(|k| k.starts_with("author-")) {
            return Some(view! { <div class="alert alert-error" role="alert" id="asset-error"><p>{t.t(&key)}</p></div> }.into_any());
        }
        q.get("uploaded").map(|path| view! {
            <p class="alert alert-success" role="status" id="asset-saved">{t.t_with("author-asset-saved", &[("path", path.into())])}</p>
        }.into_any())
    };
    let action = format!("/author/drafts/{draft_id}/assets");
    view! {
        <section aria-labelledby="assets-heading" id="assets">
            <h2 id="assets-heading">{t.t("author-assets")}</h2>
            <p class="hint">{t.t("author-assets-hint")}</p>
            {outcome}
            {if assets.is_empty() {
                view! { <p id="assets-none">{t.t("author-assets-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="asset-list" id="asset-list">
                        {assets.into_iter().map(|a| {
                            let name = a.path.rsplit('/').next().unwrap_or_default().to_string();
                            let usage = if a.image { format!("![…]({name})") } else { format!("[…]({name})") };
                            let kb = (a.bytes + 1023) / 1024;
                            let path = a.path.clone();
                            view! {
                                <li data-path=a.path.clone()>
                                    {a.image.then(|| view! { <img src=a.url.clone() alt="" class="asset-thumb" width="96" height="72"/> })}
                                    <span class="asset-facts">
                                        <a href=a.url.clone()><code>{a.path.clone()}</code></a>
                                        " · " {t.t_with("author-asset-size", &[("kb", kb.into())])}
                                        <br/>
                                        <span class="hint">{t.t("author-asset-usage")} " " <code>{usage}</code></span>
                                    </span>
                                    {can_edit.then(|| view! {
                                        <ActionForm action=remove attr:class="inline-form">
                                            <input type="hidden" name="id" value=draft_id/>
                                            <input type="hidden" name="path" value=path.clone()/>
                                            <button type="submit" class="link-button" aria-label=t.t_with("author-asset-remove-named", &[("path", path.clone().into())])>
                                                {t.t("author-asset-remove")}
                                            </button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(can_edit && !folders.is_empty()).then(|| view! {
                <form method="post" enctype="multipart/form-data" class="form" action=action id="asset-form">
                    <div class="field">
                        <label for="field-asset-folder">{t.t("author-asset-folder")}</label>
                        <select id="field-asset-folder" name="folder">
                            {folders.into_iter().map(|f| view! { <option value=f.clone()>{f.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="field-asset-file">{t.t("author-asset-file")}</label>
                        <p class="hint" id="field-asset-file-hint">{t.t("author-asset-file-hint")}</p>
                        <input type="file" id="field-asset-file" name="file" aria-describedby="field-asset-file-hint"
                            accept=".png,.jpg,.jpeg,.gif,.webp,.pdf,image/png,image/jpeg,image/gif,image/webp,application/pdf"/>
                    </div>
                    <button type="submit" class="button" id="upload-asset">{t.t("author-asset-upload")}</button>
                </form>
            })}
        </section>
    }
}

/// A form that adds a file (a new lesson, say) and opens it in the editor.
#[component]
fn NewFile(draft_id: i64) -> impl IntoView {
    let t = use_i18n();
    let create = ServerAction::<CreateDraftFile>::new();
    let path_error = field_error(create.value(), "path");
    view! {
        <ActionForm action=create attr:class="form" attr:id="new-file-form">
            <input type="hidden" name="id" value=draft_id/>
            <div class="field" class:field-invalid=move || path_error.get().is_some()>
                <label for="field-path">{t.t("author-new-file")}</label>
                <p class="hint" id="field-path-hint">{t.t("author-new-file-hint")}</p>
                {move || path_error.get().map(|e| view! { <p class="field-error" id="field-path-error">{e}</p> })}
                <input type="text" id="field-path" name="path" spellcheck="false" autocomplete="off"
                    aria-invalid=move || path_error.get().is_some().then_some("true")
                    aria-describedby=move || if path_error.get().is_some() { "field-path-hint field-path-error" } else { "field-path-hint" }/>
            </div>
            <Submit label=t.t("author-create-file") id="create-file" pending=create.pending()/>
        </ActionForm>
    }
}

/// What can happen to the draft now, for the signed-in author.
#[component]
fn NextStep(d: DraftView) -> impl IntoView {
    let t = use_i18n();
    let Actions {
        submit,
        approve,
        send_back,
        discard,
        ..
    } = expect_context::<Actions>();
    let submit_error = field_error(submit.value(), "draft");
    let approve_error = field_error(approve.value(), "draft");
    let comment_error = field_error(send_back.value(), "comment");
    let id = d.id;
    // What approving does to learners, for the reviewer.
    let compatible_note = d.compatible.then(|| {
        let args = [("count", d.learners_on_base.into()), ("version", d.base_version_no.into())];
        view! { <p class="alert alert-info" role="note" id="compatible-note">{t.t_with("author-compatible-note", &args)}</p> }
    });
    let step = match d.state {
        DraftState::Draft => view! {
            <p class="hint">{if d.can_submit { t.t("author-ready") } else if !d.problems.is_empty() { t.t("author-error-has-problems") } else { t.t("author-error-unchanged") }}</p>
            {move || submit_error.get().map(|e| view! { <div class="alert alert-error" role="alert" id="submit-error"><p>{e}</p></div> })}
            <ActionForm action=submit attr:class="form" attr:id="submit-form">
                <input type="hidden" name="id" value=id/>
                <div class="field field-check">
                    <span class="check-row">
                        <input type="checkbox" id="field-compatible" name="compatible" value="yes"
                            aria-describedby="field-compatible-hint"/>
                        <label for="field-compatible">{t.t("author-compatible-label")}</label>
                    </span>
                    <p class="hint" id="field-compatible-hint">
                        {t.t_with("author-compatible-hint", &[("count", d.learners_on_base.into()), ("version", d.base_version_no.into())])}
                    </p>
                </div>
                <Submit label=t.t("author-submit") id="submit-draft" pending=submit.pending()/>
            </ActionForm>
        }.into_any(),
        DraftState::InReview if d.can_review => view! {
            <p class="hint">{t.t(if d.compatible { "author-review-lead-compatible" } else { "author-review-lead" })}</p>
            {d.review_waived.then(|| view! { <p class="alert alert-info" role="note" id="review-waived">{t.t("author-review-waived")}</p> })}
            {compatible_note.clone()}
            <FormError value=approve.value()/>
            {move || approve_error.get().map(|e| view! { <div class="alert alert-error" role="alert" id="approve-error"><p>{e}</p></div> })}
            <ActionForm action=approve attr:class="inline-form">
                <input type="hidden" name="id" value=id/>
                <Submit label=t.t("author-approve") id="approve-draft" pending=approve.pending()/>
            </ActionForm>
            <ActionForm action=send_back attr:class="form" attr:id="send-back-form">
                <input type="hidden" name="id" value=id/>
                <div class="field" class:field-invalid=move || comment_error.get().is_some()>
                    <label for="field-comment">{t.t("author-comment")}</label>
                    {move || comment_error.get().map(|e| view! { <p class="field-error" id="field-comment-error">{e}</p> })}
                    <textarea id="field-comment" name="comment" rows="3" maxlength="2000"
                        aria-invalid=move || comment_error.get().is_some().then_some("true")
                        aria-describedby=move || comment_error.get().is_some().then_some("field-comment-error")
                    ></textarea>
                </div>
                <button type="submit" class="button" id="send-back">{t.t("author-send-back")}</button>
            </ActionForm>
        }.into_any(),
        DraftState::InReview => view! {
            <p class="alert alert-info" role="note" id="needs-other-reviewer">{t.t("author-error-four-eyes")}</p>
            {compatible_note}
        }.into_any(),
        DraftState::Published => view! {
            <p class="alert alert-success" role="status" id="draft-published">
                {t.t_with("author-draft-published-as", &[("version", d.published_version_no.unwrap_or(0).into())])}
                " " <A href=format!("/courses/{}", d.course_id)>{t.t("author-see-course")}</A>
            </p>
        }.into_any(),
        DraftState::Discarded => view! { <p class="hint">{t.t("author-state-discarded")}</p> }.into_any(),
    };
    let can_discard = matches!(d.state, DraftState::Draft | DraftState::InReview);
    view! {
        <section class="panel" aria-labelledby="next-heading" id="next-step">
            <h2 id="next-heading">{t.t("author-next")}</h2>
            {step}
            {can_discard.then(|| view! {
                <ActionForm action=discard attr:class="inline-form">
                    <input type="hidden" name="id" value=id/>
                    <button type="submit" class="link-button" id="discard-draft">{t.t("author-discard")}</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
fn Problems(draft_id: i64, problems: Vec<ContentProblem>) -> impl IntoView {
    let t = use_i18n();
    if problems.is_empty() {
        return view! { <p class="alert alert-success" role="status" id="no-problems">{t.t("author-no-problems")}</p> }.into_any();
    }
    view! {
        <section class="alert alert-error" aria-labelledby="problems-heading" id="problems">
            <h2 id="problems-heading">{t.t_with("author-problems", &[("count", problems.len().into())])}</h2>
            <ul>
                {problems.into_iter().map(|p| view! {
                    <li>
                        <A href=draft_file_href(draft_id, &p.file)><code>{p.file.clone()}</code></A>
                        {p.line.map(|l| format!(" ({} {l})", t.t("author-line")))}
                        ": " {p.message} ". " <span class="hint">{p.hint}</span>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// What changed since the version the draft started from, as lines removed and added.
#[component]
pub fn Changes(diffs: Vec<FileDiff>) -> impl IntoView {
    let t = use_i18n();
    view! {
        <section aria-labelledby="changes-heading" id="changes">
            <h2 id="changes-heading">{t.t("author-changes")}</h2>
            {if diffs.is_empty() {
                view! { <p>{t.t("author-no-changes")}</p> }.into_any()
            } else {
                diffs.into_iter().map(|diff| view! {
                    <h3 class="diff-file"><code>{diff.path.clone()}</code></h3>
                    <pre class="diff" data-path=diff.path.clone()>
                        {diff.lines.into_iter().map(|line| match line {
                            DiffLine::Same(s) => view! { <span class="diff-same">"  " {s} "\n"</span> }.into_any(),
                            DiffLine::Added(s) => view! { <ins class="diff-added"><span class="visually-hidden">{t.t("author-added")}</span>"+ " {s} "\n"</ins> }.into_any(),
                            DiffLine::Removed(s) => view! { <del class="diff-removed"><span class="visually-hidden">{t.t("author-removed")}</span>"- " {s} "\n"</del> }.into_any(),
                            DiffLine::Skipped(n) => view! { <span class="diff-skipped">{t.t_with("author-skipped", &[("count", n.into())])} "\n"</span> }.into_any(),
                        }).collect_view()}
                    </pre>
                }).collect_view().into_any()
            }}
        </section>
    }
}
