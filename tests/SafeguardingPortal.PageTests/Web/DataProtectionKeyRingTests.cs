using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.DataProtection;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// The Data Protection key ring lives in the database so instances share it, with each key's secret encrypted by
/// the key-encryption certificate, which is not in the database.
/// </summary>
public sealed class DataProtectionKeyRingTests
{
    private const string Purpose = "SafeguardingPortal.Tests.KeyRing";

    [Fact]
    public async Task Keys_are_stored_in_the_database_with_their_secrets_encrypted()
    {
        using var portal = new PortalFactory();
        var sealedText = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("kept safe");

        var keys = await KeysAsync(portal);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
        Assert.Equal("kept safe", portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedText));
    }

    [Fact]
    public async Task A_second_instance_on_the_same_database_accepts_the_first_ones_session()
    {
        using var first = new PortalFactory();
        using var second = new PortalFactory();
        second.Settings["Database:Provider"] = first.Database.Provider;
        second.Settings["ConnectionStrings:Portal"] = first.Database.ConnectionString;
        second.Settings[KeyEncryptionCertificate.PathSetting] = Path.Combine(first.KeyDirectory, "key-encryption.pfx");

        var user = await TestUsers.CreateAsync(first, AccountKind.Local, roles: [(PortalRole.Member, null)]);
        await TestUsers.SetPasswordAsync(first, user, "lantern quartz meadow");
        var visitor = new JourneyClient(first.CreateBrowserlessClient());
        await visitor.OpenAsync("/account/sign-in");
        await visitor.PressAsync("Sign in", ("Email", user.Email!), ("Password", "lantern quartz meadow"));
        Assert.Equal("/account", visitor.Path);

        using var other = second.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", "__Host-portal=" + visitor.CookiesSet["__Host-portal"]);
        using var response = await other.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_key_ring_from_the_old_key_folder_moves_into_the_database_and_still_decrypts()
    {
        using var portal = new PortalFactory();
        var legacy = DataProtectionProvider.Create(new DirectoryInfo(portal.KeyDirectory), b => b.SetApplicationName("SafeguardingPortal"));
        var sealedText = legacy.CreateProtector(Purpose).Protect("written before the move");

        var portalProtector = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

        Assert.Equal("written before the move", portalProtector.Unprotect(sealedText));
        var keys = await KeysAsync(portal);
        Assert.Contains(keys, xml => xml.Contains("encryptedSecret", StringComparison.Ordinal));
        Assert.All(keys, xml => Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_of_the_database_without_the_certificate_decrypts_nothing()
    {
        using var portal = new PortalFactory();
        var sealedText = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("special category data");
        var stolen = (await KeysAsync(portal)).Select(xml => XElement.Parse(xml)).ToList();

        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("SafeguardingPortal").AddKeyManagementOptions(o =>
        {
            o.XmlRepository = new CopiedKeys(stolen);
            o.AutoGenerateKeys = false;
        });
        using var thief = services.BuildServiceProvider();

        Assert.ThrowsAny<CryptographicException>(() => thief.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedText));
    }

    private static async Task<List<string>> KeysAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<DataProtectionKey>().Select(k => k.Xml).ToListAsync();
    }

    private sealed class CopiedKeys(IReadOnlyCollection<XElement> keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => keys;

        public void StoreElement(XElement element, string friendlyName) => throw new InvalidOperationException("A thief's copy is read-only.");
    }
}
