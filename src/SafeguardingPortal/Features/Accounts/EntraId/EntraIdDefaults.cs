namespace SafeguardingPortal.Features.Accounts.EntraId;

public static class EntraIdDefaults
{
    public const string AuthenticationScheme = "EntraId";

    public const string CallbackPath = "/signin-entra";
}
