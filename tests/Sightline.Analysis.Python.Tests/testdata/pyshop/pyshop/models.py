class Order:
    def __init__(self, total):
        self.total = total
        self.store = Store()

    def price(self):
        return self.store.tax(self.total)


class Store:
    def tax(self, amount):
        return round(amount * 1.2)
