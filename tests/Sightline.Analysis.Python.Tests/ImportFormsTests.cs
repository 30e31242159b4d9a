using Sightline.Core.Code;
using Xunit;

namespace Sightline.Analysis.Python.Tests;

public sealed class ImportFormsTests
{
    [Fact]
    public void Imports_record_the_module_path_the_top_level_package_and_the_bound_name()
    {
        var file = Analysis.Files(("app.py", "import yaml.constructor\nimport yaml as y\nfrom requests.auth import HTTPBasicAuth as Basic\n")).File("app.py");

        Assert.Equal(
            [("yaml.constructor", "yaml", "yaml"), ("yaml", "yaml", "y"), ("requests.auth", "requests", "Basic")],
            file.Imports.Select(i => (i.Specifier, i.Package!, i.Alias!)));
    }

    [Fact]
    public void Imports_of_the_repository_s_own_modules_are_not_listed()
    {
        var results = Analysis.Files(("pkg/__init__.py", string.Empty), ("pkg/a.py", "from pkg import b\nfrom . import b as c\nimport pkg.b\n"), ("pkg/b.py", "def f():\n    pass\n"));

        Assert.Empty(results.File("pkg/a.py").Imports);
    }

    [Fact]
    public void A_star_import_gives_each_module_as_a_candidate()
    {
        var file = Analysis.Files(("app.py", "from yaml import *\nfrom json import *\nload(x)\n")).File("app.py");

        var call = Assert.Single(file.Calls);
        Assert.Null(call.Callee);
        Assert.Equal(["yaml.load", "json.load"], call.Candidates);
    }

    [Fact]
    public void Relative_imports_climb_one_package_per_extra_dot()
    {
        var results = Analysis.Files(
            ("shop/__init__.py", string.Empty),
            ("shop/core.py", "def run():\n    pass\n"),
            ("shop/api/__init__.py", "from ..core import run\n"),
            ("shop/api/views.py", "from .. import core\nfrom . import run as go\ncore.run()\ngo()\n"));

        Assert.Equal(["Local shop.core.run", "Local shop.core.run"], results.File("shop/api/views.py").Callees());
    }

    [Fact]
    public void A_src_layout_names_modules_below_src()
    {
        var results = Analysis.Files(("src/acme/__init__.py", string.Empty), ("src/acme/jobs.py", "def work():\n    pass\n"), ("scripts/go.py", "from acme.jobs import work\nwork()\n"));

        Assert.Equal(["Local acme.jobs.work"], results.File("scripts/go.py").Callees());
        Assert.Equal(EntryPointKind.None, results.Definition("acme.jobs.work").Entry);
    }

    [Fact]
    public void Calls_on_instances_of_package_classes_name_the_class()
    {
        var file = Analysis.Files(("app.py", "import requests\ns = requests.Session()\ns.get(url)\nr = requests.get(url)\nr.json()\n")).File("app.py");

        Assert.Equal(["External requests.Session", "External requests.Session.get", "External requests.get", "Unresolved r.json"], file.Callees());
    }

    [Fact]
    public void Strings_comments_and_continuations_hide_no_calls_and_f_string_fields_keep_theirs()
    {
        var source = "import os\n# os.remove(x)\ns = \"os.remove(y)\" + r'\\'' + b\"\"\"\nos.remove(z)\n\"\"\"\nv = f\"{os.getcwd()}\" + \\\n    os.sep.join(['a', 'b'])\n";
        var file = Analysis.Files(("a.py", source)).File("a.py");

        Assert.Equal(["External os.getcwd", "External os.sep.join"], file.Callees());
        Assert.Equal((6, 8), (file.Calls[0].Line, file.Calls[0].Column));
        Assert.Equal(7, file.Calls[1].Line);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void Methods_not_defined_on_a_class_are_looked_up_in_its_bases()
    {
        var results = Analysis.Files(
            ("pkg/__init__.py", string.Empty),
            ("pkg/base.py", "import yaml\n\nclass Base:\n    def load(self, x):\n        pass\n\nclass Loader(yaml.FullLoader):\n    def run(self):\n        self.construct_document(1)\n"),
            ("pkg/child.py", "from .base import Base\n\nclass Child(Base):\n    def go(self):\n        self.load(1)\n        self.missing()\n"));

        Assert.Equal(["Local pkg.base.Base.load", "Unresolved self.missing"], results.File("pkg/child.py").Callees());
        Assert.Equal(["External yaml.FullLoader.construct_document"], results.File("pkg/base.py").Callees());
    }

    [Fact]
    public void Classmethods_bind_cls_to_the_class_and_a_local_name_shadows_the_module_s()
    {
        var source = "import yaml\n\nclass C:\n    @classmethod\n    def make(cls):\n        return cls()\n\ndef f(yaml):\n    yaml.load(1)\n";
        var file = Analysis.Files(("m.py", source)).File("m.py");

        Assert.Equal(["External builtins.classmethod", "Reference m.C.make", "Local m.C", "Unresolved yaml.load"], file.Callees());
    }

    [Fact]
    public void Calls_in_f_string_replacement_fields_count_at_their_own_positions()
    {
        var source = "import yaml\nmsg = f\"{yaml.load(a)!r:>{width}} {{literal(x)}} {d['k:v']} {xs[1:2]} {f'{yaml.dump(b)}'}\"\n";
        var file = Analysis.Files(("a.py", source)).File("a.py");

        Assert.Equal(["External yaml.load", "External yaml.dump"], file.Callees());
        Assert.Equal([10, 75], file.Calls.Select(c => c.Column));
        Assert.Empty(file.Warnings);
    }
}
