using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Web.DataProtection;

public static class DataProtectionServices
{
    public const string KeyDirectorySetting = "DataProtection:KeyDirectory";

    /// <summary>
    /// Keys in the database, encrypted with the key-encryption certificate. Without a certificate (a Production
    /// misconfiguration, which /health/ready reports) the keys stay in the key folder, as before, rather than
    /// being written to the database in the clear.
    /// </summary>
    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keyDirectory = new DirectoryInfo(Path.Combine(environment.ContentRootPath, configuration[KeyDirectorySetting] ?? "App_Data/keys"));
        var builder = services.AddDataProtection().SetApplicationName("SafeguardingPortal");
        var certificate = KeyEncryptionCertificate.Load(configuration, environment, keyDirectory.FullName);
        if (certificate is null)
        {
            builder.PersistKeysToFileSystem(keyDirectory);
            return services;
        }

        builder.ProtectKeysWithCertificate(certificate);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        services.AddHostedService(sp => new ImportLegacyKeys(sp.GetRequiredService<IServiceScopeFactory>(), keyDirectory, sp.GetRequiredService<IOptions<KeyManagementOptions>>(), sp.GetRequiredService<ILogger<ImportLegacyKeys>>()));
        return services;
    }

    /// <summary>Runs after the database migration (hosted services start in order) and before any request.</summary>
    private sealed class ImportLegacyKeys(IServiceScopeFactory scopes, DirectoryInfo folder, IOptions<KeyManagementOptions> options, ILogger<ImportLegacyKeys> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                logger.LogCritical("The database is not migrated, so the Data Protection keys cannot be moved into it yet");
                return;
            }

            var encryptor = options.Value.XmlEncryptor ?? throw new InvalidOperationException("Data Protection has no key encryptor configured.");
            var imported = await LegacyKeyImport.RunAsync(db, folder, encryptor, cancellationToken);
            if (imported > 0)
            {
                logger.LogWarning("Moved {Count} Data Protection keys from {Folder} into the database; delete the key files from that folder", imported, folder.FullName);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
