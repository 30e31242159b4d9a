using Acme.Crypto;
using Microsoft.Extensions.Hosting;

namespace Shop.Web.Services;

public sealed class AuditService : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var digester = Hasher.Create();
        while (!stoppingToken.IsCancellationRequested)
        {
            Console.WriteLine(digester.Digest("audit".Sanitize()));
            await Task.Delay(1000, stoppingToken);
        }
    }
}
