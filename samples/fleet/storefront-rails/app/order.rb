# An order; its line items are a serialized column, which is what CVE-2022-32224 is about.
class Order < ActiveRecord::Base
  serialize :line_items
end
