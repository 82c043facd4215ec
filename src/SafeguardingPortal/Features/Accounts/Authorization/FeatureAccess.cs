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
        pages.AllowAnonymousToFolder("/Campaign");
        pages.AllowAnonymousToFolder("/Concerns/ReportConcern");
        pages.AllowAnonymousToFolder("/Accounts/SignIn");
        pages.AuthorizeFolder("/Accounts", PortalPolicies.SignedIn);
        pages.AuthorizeFolder("/Admin", PortalPolicies.Administration);
        pages.AuthorizePage("/Campaign/ContentStatus", PortalPolicies.ContentEditing);
    }
}
