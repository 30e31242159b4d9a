using Sightline.Core.Code;
using Sightline.Tests;
using Xunit;

namespace Sightline.Analysis.Go.Tests;

/// <summary>The sample fleet's Go repositories: a service calling into an internal library that calls x/net/http2.</summary>
public sealed class FleetTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.RepositoryRoot, "samples", "fleet", name);

    [Fact]
    public void The_go_kit_library_defines_httpx_Serve_as_public_api_and_calls_http2_ConfigureServer()
    {
        var file = Analysis.Folder(Sample("acme-go-kit")).File("httpx/server.go");

        var serve = Assert.Single(file.Definitions);
        Assert.Equal("github.com/acme/go-kit/httpx.Serve", serve.Id);
        Assert.Equal(EntryPointKind.PublicApi, serve.Entry);
        var configure = Assert.Single(file.Calls, c => c.Callee == "golang.org/x/net/http2.ConfigureServer");
        Assert.Equal((CallKind.External, 13, 12, serve.Id), (configure.Kind, configure.Line, configure.Column, configure.Caller));
        Assert.Contains(file.Calls, c => c.Kind == CallKind.External && c.Callee == "net/http.Server.ListenAndServe" && c.Line == 16);
    }

    [Fact]
    public void The_payments_service_calls_go_kit_httpx_Serve_from_main()
    {
        var file = Analysis.Folder(Sample("payments-go")).File("cmd/payments/main.go");

        var main = file.Definitions.Single(d => d.Kind == DefinitionKind.Function);
        Assert.Equal(("github.com/acme/payments-go/cmd/payments.main", EntryPointKind.Main), (main.Id, main.Entry));
        var serve = Assert.Single(file.Calls, c => c.Callee == "github.com/acme/go-kit/httpx.Serve");
        Assert.Equal((CallKind.External, 14, 12, main.Id), (serve.Kind, serve.Line, serve.Column, serve.Caller));
        Assert.Contains(file.Calls, c => c.Callee == "github.com/google/uuid.NewString" && c.Caller == "github.com/acme/payments-go/cmd/payments.main.func1");
        Assert.Equal(EntryPointKind.HttpHandler, file.Definitions.Single(d => d.Kind == DefinitionKind.Lambda).Entry);
    }

    [Fact]
    public void The_external_callee_of_one_repository_is_the_definition_id_of_the_other()
    {
        var definitions = Analysis.Folder(Sample("acme-go-kit")).SelectMany(f => f.Definitions).Select(d => d.Id);
        var callees = Analysis.Folder(Sample("payments-go")).SelectMany(f => f.Calls).Where(c => c.Kind == CallKind.External).Select(c => c.Callee);

        Assert.Contains("github.com/acme/go-kit/httpx.Serve", definitions.Intersect(callees));
    }
}
