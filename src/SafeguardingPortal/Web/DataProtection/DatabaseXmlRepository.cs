using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.DataProtection;

/// <summary>
/// The Data Protection key ring in the portal's database, so every instance behind the load balancer uses the same
/// keys (architecture.md, Scale-out). The keys' secrets arrive here already encrypted with the key-encryption
/// certificate, so a copy of the database alone decrypts nothing.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return [.. db.Set<DataProtectionKey>().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Set<DataProtectionKey>().Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
