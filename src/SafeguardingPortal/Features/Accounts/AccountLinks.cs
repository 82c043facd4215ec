using Microsoft.AspNetCore.Mvc;

namespace SafeguardingPortal.Features.Accounts;

/// <summary>Where sign-in may send people afterwards: pages of this portal only (security.md §6).</summary>
public static class AccountLinks
{
    /// <summary>
    /// The return address if it is a local path, else the account page. <see cref="IUrlHelper.IsLocalUrl"/>
    /// refuses <c>//evil</c>, <c>/\evil</c> and absolute addresses, which browsers would follow off-site.
    /// </summary>
    public static string SafeReturn(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/account";
}
