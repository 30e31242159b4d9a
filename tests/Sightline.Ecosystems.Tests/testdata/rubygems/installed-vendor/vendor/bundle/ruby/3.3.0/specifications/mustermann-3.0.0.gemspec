# -*- encoding: utf-8 -*-
# stub: mustermann 3.0.0 ruby lib

Gem::Specification.new do |s|
  s.name = "mustermann".freeze
  s.version = "3.0.0".freeze

  s.required_rubygems_version = Gem::Requirement.new(">= 0".freeze) if s.respond_to? :required_rubygems_version=
  s.require_paths = ["lib".freeze]
  s.authors = ["Konstantin Haase".freeze, "Zachary Scott".freeze]
  s.date = "2022-07-24"
  s.description = "A library implementing patterns that behave like regular expressions.".freeze
  s.homepage = "https://github.com/sinatra/mustermann".freeze
  s.required_ruby_version = Gem::Requirement.new(">= 2.6.0".freeze)
  s.rubygems_version = "3.5.3".freeze
  s.summary = "Your personal string matching expert.".freeze

  s.installed_by_version = "3.5.3".freeze if s.respond_to? :installed_by_version

  s.specification_version = 4

  s.add_runtime_dependency(%q<ruby2_keywords>.freeze, ["~> 0.0.1".freeze])
end
