import dayjs from 'dayjs';
import { mountSearch } from './components/search.js';

mountSearch(document.getElementById('search'), document.getElementById('results'));

const delivery = dayjs().add(3, 'day').format('dddd D MMMM');
document.getElementById('delivery').textContent = `Order today, delivered by ${delivery}`;
