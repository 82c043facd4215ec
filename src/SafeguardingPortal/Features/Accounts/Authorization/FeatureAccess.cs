using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SafeguardingPortal.Features.Accounts.Authorization;

/// <summary>
/// Who may open each feature folder's pages, in one reviewed place. Anything not listed needs a signed-in
/// user (the fallback policy), so a new page is never public by accident.
/// </summary>
public static class FeatureAccess
{
    public static void Apply(PageConventionCollection pages)
    {
        // Not access as such, but every page's POST: a form that cannot be read is a 4xx before anything else reads it,
        // and a page without a handler for the POST refuses it rather than render a model nothing loaded.
        Web.Forms.UnreadableForms.Apply(pages);
        Web.Forms.PostsNeedAHandler.Apply(pages);

        // Public pages are named one by one: anonymous access to a folder would override any policy inside it.
        foreach (var page in (string[])["/Campaign/Index", "/Campaign/Guidance", "/Campaign/WhoToCall", "/Campaign/Error"])
        {
            pages.AllowAnonymousToPage(page);
        }

        pages.AllowAnonymousToFolder("/Campaign/Posters");

        // Certificates are checked by anyone holding the code; Chromium prints one with a short-lived token, not a session.
        pages.AllowAnonymousToPage("/Training/Verify");
        pages.AllowAnonymousToPage("/Training/CertificatePrint");
        pages.AllowAnonymousToFolder("/Concerns/ReportConcern");

        // Anyone may check a champion by their code; Chromium prints a noticeboard poster with a short-lived token.
        pages.AllowAnonymousToPage("/Champions/Finder/Verify");
        pages.AllowAnonymousToPage("/Champions/Finder/PosterPrint");
        pages.AllowAnonymousToFolder("/Accounts/SignIn");

        // The public pledges too: the pledge page, a pledge's own page and its card (both reached by the owner token), the
        // wall, and the 30-day follow-up (reached by its own token).
        pages.AllowAnonymousToPage("/Pledges/Index");
        pages.AllowAnonymousToPage("/Pledges/Yours");
        pages.AllowAnonymousToPage("/Pledges/Card");
        pages.AllowAnonymousToPage("/Pledges/Wall");
        pages.AllowAnonymousToPage("/Pledges/FollowUp");

        pages.AuthorizeFolder("/Accounts", PortalPolicies.SignedIn);
        pages.AuthorizeFolder("/Training", PortalPolicies.SignedIn);
        pages.AuthorizeFolder("/Training/PriorLearning/Review", PortalPolicies.PriorLearningReview);

        // Face-to-face attendance: leads and champions; which department, the resource check decides.
        pages.AuthorizeFolder("/Training/FaceToFace", PortalPolicies.ChampionTools);
        pages.AuthorizePage("/Campaign/ContentStatus", PortalPolicies.ContentEditing);
        pages.AuthorizePage("/Campaign/Preview", PortalPolicies.ContentEditing);
        pages.AuthorizeFolder("/Admin", PortalPolicies.Administration);
        pages.AuthorizePage("/Champions/Department", PortalPolicies.ChampionTools);
        pages.AuthorizeFolder("/Champions/Briefings", PortalPolicies.ChampionTools);
        pages.AuthorizePage("/Champions/Active/FirstBriefing", PortalPolicies.ChampionResources);
        pages.AuthorizePage("/Champions/Active/RequestBriefing", PortalPolicies.SignedIn);
        pages.AuthorizePage("/Champions/Active/Request", PortalPolicies.ChampionTools);
        pages.AuthorizePage("/Champions/Active/Pack", PortalPolicies.ChampionTools);
        pages.AuthorizePage("/Champions/Active/PublishPack", PortalPolicies.ChampionProgramme);
        pages.AuthorizePage("/Champions/Active/Meetings", PortalPolicies.ChampionTools);
        pages.AuthorizePage("/Champions/Active/RecordMeeting", PortalPolicies.ChampionProgramme);
        pages.AuthorizeFolder("/Dashboard", PortalPolicies.Dashboard);
        pages.AuthorizePage("/Champions/Attend", PortalPolicies.SignedIn);
        pages.AuthorizeFolder("/Champions/Finder", PortalPolicies.SignedIn);
        pages.AuthorizeFolder("/Champions/Resources", PortalPolicies.ChampionResources);
        pages.AuthorizePage("/Training/Records/Team", PortalPolicies.TeamTraining);
        pages.AuthorizePage("/Training/Records/Department", PortalPolicies.ChampionTools);
        pages.AuthorizeFolder("/Training/Records/All", PortalPolicies.AllTrainingRecords);

        // Both apply to the quarantine queue: the folder's Inbox policy and its own, which only the safeguarding lead meets.
        pages.AuthorizeFolder("/Concerns/Inbox", PortalPolicies.Inbox);
        pages.AuthorizePage("/Concerns/Inbox/Quarantine", PortalPolicies.Quarantine);
    }
}
