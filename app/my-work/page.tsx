import { requirePageActor } from "@/lib/auth/page";
import { listMyWork } from "@/lib/server/work/list-my-work";
import { SIGN_OFF_RULE } from "@/lib/workflow/sign-off";
import { AnnotationWorkList, ArticleWorkList } from "./_components/work-lists";
import { MoreThanShown, WorkSection } from "./_components/work-section";

export const metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requirePageActor("/my-work");
  const { review, changesRequested, assigned, readyForSignOff } = await listMyWork({ actor });
  return (
    <section className="my-work">
      <h1>My work</h1>
      {"refusal" in review ? (
        <WorkSection id="review" title="Waiting for my review" count={null} empty="">
          <p className="empty">{review.refusal}</p>
        </WorkSection>
      ) : (
        <WorkSection id="review" title="Waiting for my review" count={review.count} empty="Nothing is waiting for your review.">
          <AnnotationWorkList items={review.items} />
          <MoreThanShown shown={review.items.length} count={review.count} />
        </WorkSection>
      )}
      <WorkSection
        id="changes"
        title="Changes requested on my annotations"
        count={changesRequested.count}
        empty="No changes have been requested on your annotations."
      >
        <AnnotationWorkList items={changesRequested.items} />
        <MoreThanShown shown={changesRequested.items.length} count={changesRequested.count} />
      </WorkSection>
      <WorkSection id="assigned" title="Articles assigned to me" count={assigned.count} empty="No open articles are assigned to you.">
        <ArticleWorkList items={assigned.items} showRoles />
        <MoreThanShown shown={assigned.items.length} count={assigned.count} />
      </WorkSection>
      {readyForSignOff && (
        <WorkSection
          id="sign-off"
          title="Ready for sign-off"
          count={readyForSignOff.count}
          empty={`No article is ready for sign-off: ${SIGN_OFF_RULE}.`}
        >
          <ArticleWorkList items={readyForSignOff.items} />
          <MoreThanShown shown={readyForSignOff.items.length} count={readyForSignOff.count} />
        </WorkSection>
      )}
    </section>
  );
}
