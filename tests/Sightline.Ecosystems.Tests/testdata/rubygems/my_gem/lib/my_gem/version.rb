# frozen_string_literal: true

module MyGem
  VERSION = "2.4.1"
end
