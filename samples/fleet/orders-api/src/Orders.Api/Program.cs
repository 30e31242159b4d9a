using Orders.Api.Services;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .Enrich.FromLogContext()
    .Enrich.WithMachineName()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Host.UseSerilog((context, services, configuration) => configuration
        .ReadFrom.Configuration(context.Configuration)
        .Enrich.FromLogContext()
        .Enrich.WithMachineName()
        .WriteTo.Console());

    builder.Services.AddControllers();
    builder.Services.AddSingleton<IOrderStore, InMemoryOrderStore>();
    builder.Services.AddHealthChecks();

    var app = builder.Build();
    app.UseSerilogRequestLogging();
    app.MapControllers();
    app.MapHealthChecks("/healthz");
    app.Run();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "Orders API terminated unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}
