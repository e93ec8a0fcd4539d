import { mountPage } from '@/components/mount';
import { Dashboard } from './Dashboard';

mountPage(<Dashboard />);
